// Helper module for the golden programs: string utilities, one of which uses
// a constant and a function imported from another helper module.
import { SHAPE_NAME, circleArea } from "./geometry";

export const SEPARATOR = " | ";

export function joinWords(first: string, second: string): string {
  return first + SEPARATOR + second;
}

export function describeCircle(radius: f64): string {
  return `${SHAPE_NAME} of radius ${radius} has area ${circleArea(radius).toFixed(2)}`;
}

export function repeatWord(word: string, times: i32): string {
  let result = "";
  for (let i: i32 = 0; i < times; i++) {
    result += i === 0 ? word : " " + word;
  }
  return result;
}
