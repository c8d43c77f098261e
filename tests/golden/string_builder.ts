// A realistic program: building a formatted report line by line with string
// concatenation, padding, repetition and toFixed.
class ReportBuilder {
  text: string = "";
  lines: i32 = 0;
  width: i32;

  constructor(width: i32) {
    this.width = width;
  }

  line(content: string): ReportBuilder {
    this.text += content + "\n";
    this.lines++;
    return this;
  }

  rule(character: string): ReportBuilder {
    return this.line(character.repeat(this.width));
  }

  centered(content: string): ReportBuilder {
    const left: i32 = i32((this.width - content.length) / 2);
    return this.line(" ".repeat(left) + content);
  }

  row(name: string, quantity: i32, price: f64): ReportBuilder {
    const total = f64(quantity) * price;
    return this.line(name.padEnd(12) + String(quantity).padStart(5) + price.toFixed(2).padStart(9) + total.toFixed(2).padStart(10));
  }
}

const names = "apples,bread,cheese,dates,eggs";
const quantities = new Int32Array(5);
const prices = new Float64Array(5);
quantities[0] = 6;
quantities[1] = 2;
quantities[2] = 1;
quantities[3] = 12;
quantities[4] = 10;
prices[0] = 0.45;
prices[1] = 2.2;
prices[2] = 7.985;
prices[3] = 0.3;
prices[4] = 0.25;

const report = new ReportBuilder(36);
report.rule("=").centered("INVOICE").rule("=");
report.line("item".padEnd(12) + "qty".padStart(5) + "price".padStart(9) + "total".padStart(10));
report.rule("-");

let start: i32 = 0;
let index: i32 = 0;
let grandTotal = 0.0;
while (start <= names.length) {
  let end: i32 = names.indexOf(",", start);
  if (end === -1) {
    end = names.length;
  }
  const name = names.substring(start, end);
  report.row(name, quantities[index], prices[index]);
  grandTotal += f64(quantities[index]) * prices[index];
  index++;
  start = end + 1;
}
report.rule("-");
report.line("TOTAL".padEnd(26) + grandTotal.toFixed(2).padStart(10));
report.rule("=");
console.log(report.text + `(${report.lines} lines, ${report.text.length} characters)`);
