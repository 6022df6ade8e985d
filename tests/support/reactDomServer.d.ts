/** The one function of react-dom (installed with Decap, without types) the preview tests use. */
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: import('react').ReactElement): string;
}
