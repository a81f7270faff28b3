/** Appends every item without spreading them as call arguments, which overflows on huge inputs. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
