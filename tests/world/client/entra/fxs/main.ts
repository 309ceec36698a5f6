import * as ko from 'knockout';
import './fxs.css';
import '../ko/azc.css';
import { installKeyboardActivation } from '../ko/azc';
import { registerKnockoutViews } from '../ko/views/register';
import { readPortalConfig } from '../ibiza/config';
import { Shell } from './shell';
import { SHELL_TEMPLATE } from './template';

const config = readPortalConfig();
document.documentElement.lang = config.ui.portalLang;
const root = document.getElementById('root');
if (root) {
  const koViews = registerKnockoutViews();
  root.innerHTML = SHELL_TEMPLATE;
  const shell = new Shell(config, koViews);
  installKeyboardActivation(document);
  ko.applyBindings(shell, root);
  shell.start();
}
