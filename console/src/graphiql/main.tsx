// Monaco's workers bundled by vite: GraphiQL then needs nothing from outside this server.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQLPage } from './GraphiQLPage';

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQLPage />
  </StrictMode>,
);
