define internal i32 @arithmetic.mix(i32 %0, i32 %1) {
locals:
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  br label %body

body:                                             ; preds = %locals
  store i32 %0, i32* %a, align 4
  store i32 %1, i32* %b, align 4
  %2 = load i32, i32* %a, align 4
  %3 = load i32, i32* %b, align 4
  %4 = mul i32 %2, %3
  %5 = load i32, i32* %a, align 4
  %6 = load i32, i32* %b, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %division.by.zero, label %division

division.by.zero:                                 ; preds = %body
  call void @__toro_panic_division(i8* bitcast (%string.literal.#* @.str.# to i8*), i32 3)
  unreachable

division:                                         ; preds = %body
  %8 = icmp eq i32 %6, -1
  %9 = select i1 %8, i32 1, i32 %6
  %10 = sub i32 0, %5
  %11 = sdiv i32 %5, %9
  %12 = select i1 %8, i32 %10, i32 %11
  %13 = add i32 %4, %12
  %14 = load i32, i32* %a, align 4
  %15 = ashr i32 %14, 3
  %16 = xor i32 %13, %15
  %17 = load i32, i32* %a, align 4
  %18 = load i32, i32* %b, align 4
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %division.by.zero1, label %division2

division.by.zero1:                                ; preds = %division
  call void @__toro_panic_division(i8* bitcast (%string.literal.#* @.str.# to i8*), i32 3)
  unreachable

division2:                                        ; preds = %division
  %20 = icmp eq i32 %18, -1
  %21 = select i1 %20, i32 1, i32 %18
  %22 = srem i32 %17, %21
  %23 = select i1 %20, i32 0, i32 %22
  %24 = xor i32 %16, %23
  ret i32 %24

unreachable:                                      ; No predecessors!
  unreachable
}

define internal i8 @arithmetic.narrow(i8 %0, i8 %1) {
locals:
  %x = alloca i8, align 1
  %n = alloca i8, align 1
  br label %body

body:                                             ; preds = %locals
  store i8 %0, i8* %x, align 1
  store i8 %1, i8* %n, align 1
  %2 = load i8, i8* %x, align 1
  %3 = load i8, i8* %n, align 1
  %4 = zext i8 %2 to i32
  %5 = zext i8 %3 to i32
  %6 = and i32 %5, 31
  %7 = shl i32 %4, %6
  %8 = trunc i32 %7 to i8
  %9 = add i8 %8, 1
  ret i8 %9

unreachable:                                      ; No predecessors!
  unreachable
}

define internal void @arithmetic.init() {
locals:
  br label %body

body:                                             ; preds = %locals
  %0 = call i32 @arithmetic.mix(i32 7, i32 2)
  %1 = call i8 @arithmetic.narrow(i8 -56, i8 1)
  %2 = sext i32 %0 to i64
  %3 = call i8* @__toro_i64_toString(i64 %2)
  %4 = call i8* @__toro_string_concat(i8* bitcast (%string.literal.#* @.str.# to i8*), i8* %3)
  %5 = call i8* @__toro_string_concat(i8* %4, i8* bitcast (%string.literal.#* @.str.# to i8*))
  %6 = zext i8 %1 to i64
  %7 = call i8* @__toro_u64_toString(i64 %6)
  %8 = call i8* @__toro_string_concat(i8* %5, i8* %7)
  call void @__toro_console_line(i8* %8)
  ret void
}
