// Asynchronous code: async, await, for await.
async function work(): void { // expect: TORO1028
  await pause(); // expect: TORO1028
  for await (const letter of "abc") { // expect: TORO1028
    console.log(letter);
  }
}
function pause(): void {}
