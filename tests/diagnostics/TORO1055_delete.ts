// The delete operator.
class Cache {
  entry: i32 = 0;
}
const cache = new Cache();
delete cache.entry; // expect: TORO1055
