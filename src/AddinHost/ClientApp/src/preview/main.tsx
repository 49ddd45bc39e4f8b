import { render } from 'preact';
import 'virtual:fluent-theme.css';
import '../shared/base.css';
import './preview.css';
import { goToSignIn, readToken } from '../shared/session';
import { PreviewApp } from './PreviewApp';

if (readToken() === null) goToSignIn();
else render(<PreviewApp />, document.getElementById('root') as HTMLElement);
