define internal i8* @conversions.convert(double %0) {
locals:
  %x = alloca double, align 8
  %small = alloca i8, align 1
  %wide = alloca i64, align 8
  %single = alloca float, align 4
  br label %body

body:                                             ; preds = %locals
  store double %0, double* %x, align 8
  %1 = load double, double* %x, align 8
  %2 = call double @llvm.trunc.f64(double %1)
  %3 = call double @llvm.fabs.f64(double %2)
  %4 = fcmp olt double %3, 0x43E0000000000000
  %5 = fcmp olt double %3, 0x7FF0000000000000
  %6 = frem double %2, 0x43F0000000000000
  %7 = fcmp olt double %6, 0.000000e+00
  %8 = fadd double %6, 0x43F0000000000000
  %9 = select i1 %7, double %8, double %6
  %10 = fcmp oge double %9, 0x43E0000000000000
  %11 = fsub double %9, 0x43F0000000000000
  %12 = select i1 %10, double %11, double %9
  %13 = select i1 %5, double %12, double 0.000000e+00
  %14 = fptosi double %2 to i64
  %15 = fptosi double %13 to i64
  %16 = select i1 %4, i64 %14, i64 %15
  %17 = trunc i64 %16 to i8
  store i8 %17, i8* %small, align 1
  %18 = load i8, i8* %small, align 1
  %19 = sext i8 %18 to i64
  store i64 %19, i64* %wide, align 8
  %20 = load double, double* %x, align 8
  %21 = fptrunc double %20 to float
  store float %21, float* %single, align 4
  %22 = load i8, i8* %small, align 1
  %23 = sext i8 %22 to i64
  %24 = call i8* @__toro_i64_toString(i64 %23)
  %25 = call i8* @__toro_string_concat(i8* bitcast (%string.literal.#* @.str.# to i8*), i8* %24)
  %26 = call i8* @__toro_string_concat(i8* %25, i8* bitcast (%string.literal.#* @.str.# to i8*))
  %27 = load i64, i64* %wide, align 8
  %28 = call i8* @__toro_u64_toString(i64 %27)
  %29 = call i8* @__toro_string_concat(i8* %26, i8* %28)
  %30 = call i8* @__toro_string_concat(i8* %29, i8* bitcast (%string.literal.#* @.str.# to i8*))
  %31 = load float, float* %single, align 4
  %32 = fpext float %31 to double
  %33 = call i8* @__toro_f64_toString(double %32)
  %34 = call i8* @__toro_string_concat(i8* %30, i8* %33)
  %35 = call i8* @__toro_string_concat(i8* %34, i8* bitcast (%string.literal.#* @.str.# to i8*))
  %36 = load double, double* %x, align 8
  %37 = call double @llvm.trunc.f64(double %36)
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = fcmp olt double %38, 0x43E0000000000000
  %40 = fcmp olt double %38, 0x7FF0000000000000
  %41 = frem double %37, 0x43F0000000000000
  %42 = fcmp olt double %41, 0.000000e+00
  %43 = fadd double %41, 0x43F0000000000000
  %44 = select i1 %42, double %43, double %41
  %45 = fcmp oge double %44, 0x43E0000000000000
  %46 = fsub double %44, 0x43F0000000000000
  %47 = select i1 %45, double %46, double %44
  %48 = select i1 %40, double %47, double 0.000000e+00
  %49 = fptosi double %37 to i64
  %50 = fptosi double %48 to i64
  %51 = select i1 %39, i64 %49, i64 %50
  %52 = trunc i64 %51 to i32
  %53 = add i32 %52, 1
  %54 = sext i32 %53 to i64
  %55 = call i8* @__toro_i64_toString(i64 %54)
  %56 = call i8* @__toro_string_concat(i8* %35, i8* %55)
  ret i8* %56

unreachable:                                      ; No predecessors!
  unreachable
}

define internal void @conversions.init() {
locals:
  br label %body

body:                                             ; preds = %locals
  %0 = call i8* @conversions.convert(double 3.007500e+02)
  %1 = call i8* @__toro_string_concat(i8* bitcast (%string.literal.#* @.str.# to i8*), i8* %0)
  call void @__toro_console_line(i8* %1)
  ret void
}
