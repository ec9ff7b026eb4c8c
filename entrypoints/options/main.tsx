import { render } from 'preact';
import '@/components/popup/tokens.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
