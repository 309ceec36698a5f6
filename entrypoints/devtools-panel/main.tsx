import { render } from 'preact';
import '@/components/theme.css';
import '@/components/doctor/doctor.css';
import { DoctorApp } from '@/components/doctor/DoctorApp';
import { devtoolsTheme, inDevtools } from '@/components/doctor/platform';
import { DoctorServiceContext } from '@/components/doctor/service';
import { createWorkerService } from '@/components/doctor/worker-service';

// The same page serves DevTools and a plain tab (support analysing a customer's HAR).
const mode = inDevtools() ? 'devtools' : 'tab';
const theme = devtoolsTheme();
if (theme) document.documentElement.dataset.theme = theme;

// Analysis, imports and the XML tab run in a Worker that Vite bundles from this URL, a script of the extension's own origin.
const service = createWorkerService(() => new Worker(new URL('./doctor.worker.ts', import.meta.url), { type: 'module' }));

const root = document.getElementById('app');
if (root) {
  render(
    <DoctorServiceContext.Provider value={service}>
      <DoctorApp mode={mode} />
    </DoctorServiceContext.Provider>,
    root,
  );
}
