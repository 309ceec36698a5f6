import { createRoot } from 'react-dom/client';
import '../fluent.css';
import { BladeApp } from './BladeApp';
import { parseHash } from '../route';

const params = new URLSearchParams(window.location.search);
const route = parseHash(params.get('hash') ?? '');
const root = document.getElementById('root');
if (root) createRoot(root).render(<BladeApp route={route} />);
