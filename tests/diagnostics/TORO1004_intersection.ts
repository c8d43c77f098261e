// Intersection types.
class Named {
  name: string = "";
}
class Aged {
  age: i32 = 0;
}
function describe(person: Named & Aged): string { // expect: TORO1004
  return person.name;
}
