// Namespaces.
namespace Geometry { // expect: TORO1038
  export const UNIT: f64 = 1;
}
namespace Outer.Inner { // expect: TORO1038
  export const DEPTH: i32 = 2;
}
