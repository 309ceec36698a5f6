import { createRoot } from 'react-dom/client';
import '../fluent.css';
import { Shell } from './Shell';

const root = document.getElementById('root');
if (root) createRoot(root).render(<Shell />);
