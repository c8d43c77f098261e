// Decorators.
function logged(target: i32): void {}
@logged // expect: TORO1030
class Logger {}
