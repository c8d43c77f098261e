// The smallest program: one line of output, status 0.
console.log("Hello, world!");
