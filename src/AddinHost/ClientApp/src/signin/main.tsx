import { render } from 'preact';
import 'virtual:fluent-theme.css';
import '../shared/base.css';
import './signin.css';
import { SignInPage } from './SignInPage';

render(<SignInPage />, document.getElementById('root') as HTMLElement);
