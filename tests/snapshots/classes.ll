define internal i8* @classes.Counter.new(i32 %0) {
locals:
  %step = alloca i32, align 4
  br label %body

body:                                             ; preds = %locals
  %1 = call i64 @__toro_alloc(i64 ptrtoint (%classes.Counter* getelementptr (%classes.Counter, %classes.Counter* null, i32 1) to i64))
  %2 = inttoptr i64 %1 to i8*
  %3 = bitcast i8* %2 to %classes.Counter*
  %4 = getelementptr inbounds %classes.Counter, %classes.Counter* %3, i32 0, i32 0
  store i32 10, i32* %4, align 4
  store i32 %0, i32* %step, align 4
  %5 = bitcast i8* %2 to %classes.Counter*
  %6 = getelementptr inbounds %classes.Counter, %classes.Counter* %5, i32 0, i32 1
  %7 = load i32, i32* %step, align 4
  store i32 %7, i32* %6, align 4
  ret i8* %2
}

define internal i32 @classes.Counter.advance(i8* %0) {
locals:
  br label %body

body:                                             ; preds = %locals
  %1 = bitcast i8* %0 to %classes.Counter*
  %2 = getelementptr inbounds %classes.Counter, %classes.Counter* %1, i32 0, i32 0
  %3 = load i32, i32* %2, align 4
  %4 = bitcast i8* %0 to %classes.Counter*
  %5 = getelementptr inbounds %classes.Counter, %classes.Counter* %4, i32 0, i32 1
  %6 = load i32, i32* %5, align 4
  %7 = add i32 %3, %6
  store i32 %7, i32* %2, align 4
  %8 = bitcast i8* %0 to %classes.Counter*
  %9 = getelementptr inbounds %classes.Counter, %classes.Counter* %8, i32 0, i32 0
  %10 = load i32, i32* %9, align 4
  ret i32 %10

unreachable:                                      ; No predecessors!
  unreachable
}

define internal void @classes.init() {
locals:
  br label %body

body:                                             ; preds = %locals
  %0 = call i8* @classes.Counter.new(i32 5)
  store i8* %0, i8* addrspace(256)* getelementptr inbounds (%toro.instance, %toro.instance addrspace(256)* null, i32 0, i32 #), align 8
  %1 = load i8*, i8* addrspace(256)* getelementptr inbounds (%toro.instance, %toro.instance addrspace(256)* null, i32 0, i32 #), align 8
  %2 = call i32 @classes.Counter.advance(i8* %1)
  %3 = zext i32 %2 to i64
  %4 = call i8* @__toro_u64_toString(i64 %3)
  %5 = call i8* @__toro_string_concat(i8* bitcast (%string.literal.#* @.str.# to i8*), i8* %4)
  call void @__toro_console_line(i8* %5)
  ret void
}
