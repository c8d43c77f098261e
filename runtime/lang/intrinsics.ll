; Intrinsics of toro/unsafe-string (runtime/lang/unsafe_string.d.ts).
;
; A call to stringAt(address) in the dialect becomes a call to
; @__intrinsic_stringAt, inlined away: a string is an i8* to its object
; (docs/runtime-abi.md), so turning an address into one is a single inttoptr.
; linkonce_odr lets every module that links this file carry the definition
; without clashing; the attributes match the kernel's own intrinsics.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-none"

define linkonce_odr i8* @__intrinsic_stringAt(i64 %address) #0 {
  %object = inttoptr i64 %address to i8*
  ret i8* %object
}

attributes #0 = { alwaysinline nounwind noredzone }
