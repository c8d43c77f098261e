define internal i32 @control_flow.classify(i8* %0) {
locals:
  %values = alloca i8*, align 8
  %score = alloca i32, align 4
  %value = alloca i32, align 4
  %for.of.index = alloca i32, align 4
  br label %body

body:                                             ; preds = %locals
  store i8* %0, i8** %values, align 8
  store i32 0, i32* %score, align 4
  %1 = load i8*, i8** %values, align 8
  store i32 0, i32* %for.of.index, align 4
  %2 = getelementptr inbounds i8, i8* %1, i64 8
  %3 = bitcast i8* %2 to i32*
  %4 = load i32, i32* %3, align 4
  br label %for.of.test

for.of.test:                                      ; preds = %for.of.step, %body
  %5 = load i32, i32* %for.of.index, align 4
  %6 = icmp slt i32 %5, %4
  br i1 %6, label %for.of.body, label %for.of.end

for.of.body:                                      ; preds = %for.of.test
  %7 = sext i32 %5 to i64
  %8 = getelementptr inbounds i8, i8* %1, i64 8
  %9 = bitcast i8* %8 to i32*
  %10 = load i32, i32* %9, align 4
  %11 = zext i32 %10 to i64
  %12 = icmp ult i64 %7, %11
  br i1 %12, label %index.ok, label %index.out.of.bounds

for.of.step:                                      ; preds = %switch.end, %switch.case.0
  br label %for.of.test

for.of.end:                                       ; preds = %if.then, %for.of.test
  %13 = load i32, i32* %score, align 4
  ret i32 %13

index.out.of.bounds:                              ; preds = %for.of.body
  call void @__toro_panic_bounds(i64 %7, i32 %10, i8* bitcast (%string.literal.#* @.str.# to i8*), i32 4)
  unreachable

index.ok:                                         ; preds = %for.of.body
  %14 = bitcast i8* %1 to i8**
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = getelementptr inbounds i32, i32* %16, i64 %7
  %18 = load i32, i32* %17, align 4
  store i32 %18, i32* %value, align 4
  %19 = add i32 %5, 1
  store i32 %19, i32* %for.of.index, align 4
  %20 = load i32, i32* %value, align 4
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %switch.case.0, label %switch.test

switch.case.0:                                    ; preds = %index.ok
  br label %for.of.step

switch.case.1:                                    ; preds = %unreachable, %switch.test
  %22 = load i32, i32* %score, align 4
  %23 = add i32 %22, 1
  store i32 %23, i32* %score, align 4
  br label %switch.case.2

switch.case.2:                                    ; preds = %switch.case.1, %switch.test1
  %24 = load i32, i32* %score, align 4
  %25 = add i32 %24, 2
  store i32 %25, i32* %score, align 4
  br label %switch.end

switch.case.3:                                    ; preds = %unreachable3, %switch.test2
  %26 = load i32, i32* %value, align 4
  %27 = icmp sgt i32 %26, 100
  br i1 %27, label %and.right, label %and.end

switch.end:                                       ; preds = %if.end, %switch.case.2
  br label %for.of.step

switch.test:                                      ; preds = %index.ok
  %28 = icmp eq i32 %20, 1
  br i1 %28, label %switch.case.1, label %switch.test1

switch.test1:                                     ; preds = %switch.test
  %29 = icmp eq i32 %20, 2
  br i1 %29, label %switch.case.2, label %switch.test2

switch.test2:                                     ; preds = %switch.test1
  br label %switch.case.3

unreachable:                                      ; No predecessors!
  br label %switch.case.1

unreachable3:                                     ; No predecessors!
  br label %switch.case.3

and.right:                                        ; preds = %switch.case.3
  %30 = load i32, i32* %score, align 4
  %31 = icmp slt i32 %30, 10
  br label %and.end

and.end:                                          ; preds = %and.right, %switch.case.3
  %32 = phi i1 [ false, %switch.case.3 ], [ %31, %and.right ]
  br i1 %32, label %if.then, label %if.end

if.then:                                          ; preds = %and.end
  br label %for.of.end

if.end:                                           ; preds = %unreachable4, %and.end
  br label %switch.end

unreachable4:                                     ; No predecessors!
  br label %if.end

unreachable5:                                     ; No predecessors!
  unreachable
}

define internal void @control_flow.init() {
locals:
  br label %body

body:                                             ; preds = %locals
  %0 = call i8* @__toro_typedarray_new(i32 3, i32 4, i32 5, i8* bitcast (%string.literal.#* @.str.# to i8*), i32 19)
  %1 = call i32 @control_flow.classify(i8* %0)
  %2 = sext i32 %1 to i64
  %3 = call i8* @__toro_i64_toString(i64 %2)
  %4 = call i8* @__toro_string_concat(i8* bitcast (%string.literal.#* @.str.# to i8*), i8* %3)
  call void @__toro_console_line(i8* %4)
  ret void
}
