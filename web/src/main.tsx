import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './shared/i18n.ts';
import './app/styles.css';
import { App } from './app/app.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
