import { render } from 'preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/theme.css';

const root = document.getElementById('app');
if (root) render(<SidePanelApp />, root);
