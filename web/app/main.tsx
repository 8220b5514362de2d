import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchInitialView } from './state/boot';
import { parseView } from './state/view';
import './styles.css';

prefetchInitialView(parseView(window.location.search));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
