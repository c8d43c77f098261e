// debugger.
function inspect(): void {
  debugger; // expect: TORO1045
}
