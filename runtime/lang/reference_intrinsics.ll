; Intrinsics that turn addresses back into references (toro/unsafe objectAt).
;
; Every heap reference is an i8* (docs/runtime-abi.md), so the conversion is a
; single inttoptr that disappears after inlining.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-none"

define linkonce_odr i8* @__intrinsic_objectAt(i64 %address) #0 {
  %object = inttoptr i64 %address to i8*
  ret i8* %object
}

attributes #0 = { alwaysinline nounwind noredzone }
