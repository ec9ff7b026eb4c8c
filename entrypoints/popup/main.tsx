import { render } from 'preact';

render(<h1>Product Ops Kit</h1>, document.getElementById('app')!);
