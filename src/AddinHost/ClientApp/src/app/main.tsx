import { render } from 'preact';
import 'virtual:fluent-theme.css';
import '../shared/base.css';
import '../shared/party.css';
import './app.css';
import { readToken, goToSignIn } from '../shared/session';
import { App } from './App';

// Without a token there is nothing to show: go and get one first.
if (readToken() === null) goToSignIn();
else render(<App />, document.getElementById('root') as HTMLElement);
