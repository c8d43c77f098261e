// Objects passed to functions (by reference, so changes are visible to the
// caller), returned from functions, stored in fields of other objects, and
// shared between owners.
class Point {
  x: f64;
  y: f64;

  constructor(x: f64, y: f64) {
    this.x = x;
    this.y = y;
  }

  translate(dx: f64, dy: f64): void {
    this.x += dx;
    this.y += dy;
  }

  text(): string {
    return `(${this.x}, ${this.y})`;
  }
}

class Segment {
  start: Point;
  end: Point;

  constructor(start: Point, end: Point) {
    this.start = start;
    this.end = end;
  }

  length(): f64 {
    const dx: f64 = this.end.x - this.start.x;
    const dy: f64 = this.end.y - this.start.y;
    return Math.sqrt(dx * dx + dy * dy);
  }

  text(): string {
    return this.start.text() + " -> " + this.end.text();
  }
}

function midpoint(segment: Segment): Point {
  return new Point((segment.start.x + segment.end.x) / 2, (segment.start.y + segment.end.y) / 2);
}

function moveRight(point: Point, distance: f64): void {
  point.translate(distance, 0);
}

const origin = new Point(0, 0);
const corner = new Point(3, 4);
const diagonal = new Segment(origin, corner);
console.log(diagonal.text(), "length", diagonal.length());
console.log("midpoint", midpoint(diagonal).text());

moveRight(origin, 3);
console.log("after moving the shared start point:", diagonal.text(), "length", diagonal.length());

const other = new Segment(corner, new Point(3, 10));
corner.translate(1, 1);
console.log("both segments see the moved corner:", diagonal.end.text(), other.start.text());

diagonal.end = other.end;
console.log("replaced end:", diagonal.text());

// A linked list without null: a node's `next` starts as the node itself, and
// `hasNext` says whether it leads anywhere.
class ListNode {
  value: i32;
  next: ListNode;
  hasNext: boolean = false;

  constructor(value: i32) {
    this.value = value;
    this.next = this;
  }
}

class List {
  head: ListNode;
  size: i32 = 1;

  constructor(first: i32) {
    this.head = new ListNode(first);
  }

  push(value: i32): void {
    const node = new ListNode(value);
    node.next = this.head;
    node.hasNext = true;
    this.head = node;
    this.size++;
  }

  text(): string {
    let result = "";
    let node = this.head;
    while (node.hasNext) {
      result += String(node.value) + ", ";
      node = node.next;
    }
    return result + String(node.value);
  }
}

function sumList(list: List): i32 {
  let total: i32 = 0;
  let node = list.head;
  total += node.value;
  while (node.hasNext) {
    node = node.next;
    total += node.value;
  }
  return total;
}

const list = new List(1);
list.push(2);
list.push(3);
console.log("list", list.text(), "size", list.size, "sum", sumList(list));
