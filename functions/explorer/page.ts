import { explorerExamples } from './examples';

/** The explorer's HTML shell: configuration inline, code and styles from our own server. */
export const explorerHtml = (options: { graphqlUrl: string; assetBase: string }): string => {
  const config = JSON.stringify({ graphqlUrl: options.graphqlUrl, examples: explorerExamples }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ecosystem Graph — GraphQL explorer</title>
<link rel="stylesheet" href="${options.assetBase}/explorer.css">
<style>html, body, #root { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="root"></div>
<script id="explorer-config" type="application/json">${config}</script>
<script src="${options.assetBase}/explorer.js"></script>
</body>
</html>`;
};

export const explorerOffHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ecosystem Graph</title></head>
<body><p>The GraphQL API is at <code>/graphql</code>. The explorer is off in this deployment.</p></body></html>`;
