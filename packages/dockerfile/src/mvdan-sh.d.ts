/** mvdan-sh is a GopherJS build without types; shell.ts reads its AST through a narrow `any`. */
declare module 'mvdan-sh' {
  const sh: { syntax: any }
  export default sh
}
