import { createRoot } from 'react-dom/client';
import './justcall.css';
import { JustCallApp } from './JustCallApp';

const root = document.getElementById('root');
if (root) createRoot(root).render(<JustCallApp />);
