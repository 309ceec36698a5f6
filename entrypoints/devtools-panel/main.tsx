import { render } from 'preact';
import '@/components/theme.css';
import '@/components/doctor/doctor.css';
import { DoctorApp } from '@/components/doctor/DoctorApp';
import { devtoolsTheme, inDevtools } from '@/components/doctor/platform';

// The same page serves DevTools and a plain tab (support analysing a customer's HAR).
const mode = inDevtools() ? 'devtools' : 'tab';
const theme = devtoolsTheme();
if (theme) document.documentElement.dataset.theme = theme;

const root = document.getElementById('app');
if (root) render(<DoctorApp mode={mode} />, root);
