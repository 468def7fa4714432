/**
 * Shows the element just before this script the moment the parser reaches it: a control that needs
 * JavaScript appears before the page is first drawn, so nothing below it moves when it does. Without
 * JavaScript it stays hidden.
 */
const element = document.currentScript?.previousElementSibling;
if (element instanceof HTMLElement) element.hidden = false;

export {};
