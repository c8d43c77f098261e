// -0, NaN and the infinities: console.log shows -0 as "-0", while String()
// and template literals show it as "0".
const negativeZero = -0;
console.log(negativeZero);
console.log(String(negativeZero));
console.log(`${negativeZero}`);
console.log("label", negativeZero, String(negativeZero));
console.log(0 * -1, -0 + 0, -0 - 0, Math.round(-0.4));
console.log(negativeZero === 0, 1 / negativeZero);
console.log(NaN, String(NaN), `${NaN}`, 0 / 0);
console.log(Infinity, -Infinity, String(Infinity), `${-Infinity}`, 1 / 0, -1 / 0);
const notANumber: f64 = NaN;
console.log(notANumber === notANumber, notANumber !== notANumber, notANumber < 1, notANumber > 1, Infinity > 1e308);
console.log(isNaN(NaN), isNaN(1), isFinite(1), isFinite(Infinity), isFinite(NaN));
console.log(negativeZero.toString(), NaN.toString(), Infinity.toString());
