// The explorer's browser code: GraphiQL with its documentation pane open and example
// queries for partners as tabs. Bundled by scripts/lib/build-explorer.ts; no CDN.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { DOC_EXPLORER_PLUGIN } from '@graphiql/react';
import 'graphiql/graphiql.css';

const config = JSON.parse(document.getElementById('explorer-config').textContent);

const fetcher = async (params, options) => {
  const headers = { 'content-type': 'application/json', ...(options?.headers ?? {}) };
  const response = await fetch(config.graphqlUrl, { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
};

createRoot(document.getElementById('root')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: config.examples.map((e) => ({ query: e.query, variables: e.variables ?? undefined })),
    visiblePlugin: DOC_EXPLORER_PLUGIN,
    defaultEditorToolsVisibility: false,
    shouldPersistHeaders: false,
  }),
);
