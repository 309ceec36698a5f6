import { render } from 'preact';
import '@/components/theme.css';

function DoctorApp() {
  return (
    <main class="panel">
      <header class="brand"><h1>SSO Doctor</h1></header>
      <p class="muted">Waiting for SAML messages.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<DoctorApp />, root);
