// if / else if / else chains, nested ifs, and conditions built from
// comparisons and logical operators.
function classify(n: i32): string {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}

const samples = new Int32Array(5);
samples[0] = -5;
samples[1] = 0;
samples[2] = 7;
samples[3] = 10;
samples[4] = 12345;
for (const sample of samples) {
  console.log(sample, classify(sample));
}

function fizzBuzz(n: i32): string {
  if (n % 15 === 0) return "FizzBuzz";
  if (n % 3 === 0) return "Fizz";
  if (n % 5 === 0) return "Buzz";
  return String(n);
}
let line = "";
for (let i: i32 = 1; i <= 15; i++) {
  line = line + fizzBuzz(i) + (i < 15 ? " " : "");
}
console.log(line);

function quadrant(x: f64, y: f64): i32 {
  if (x >= 0) {
    if (y >= 0) {
      return 1;
    }
    return 4;
  } else {
    if (y >= 0) {
      return 2;
    } else {
      return 3;
    }
  }
}
console.log(quadrant(1, 2), quadrant(-1, 2), quadrant(-1, -2), quadrant(1, -2));

const leapYears = new Int32Array(6);
leapYears[0] = 1900;
leapYears[1] = 2000;
leapYears[2] = 2004;
leapYears[3] = 2023;
leapYears[4] = 2024;
leapYears[5] = 2100;
for (const year of leapYears) {
  let leap: boolean = false;
  if ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) {
    leap = true;
  }
  if (!leap) {
    console.log(year, "is not a leap year");
  } else {
    console.log(year, "is a leap year");
  }
}
