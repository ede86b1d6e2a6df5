// The Node flags the language server runs with. The extension starts it with these, and the
// benchmark and the protocol tests do too, so that they measure and test what analysts run.
//
// - Room for a large archive's index: Node's default heap limit is about 4 GB.
// - A smaller heap between full collections. A check's objects (diagnostics, the report,
//   the moved figures of what comes after an edit) outlive a young
//   collection or two and die in the old generation. On a machine with a lot of memory V8
//   lets the heap grow to up to four times what is live before collecting it, and after
//   100 edits a 1,000-source session peaked at 300 MB, where the engine alone keeps under
//   70 MB after a full collection (measured in-process). Growing by at most half,
//   with a young generation of 8 MB a half instead of 16, it holds about 190 MB; the price is
//   more frequent, smaller collections.
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=8192', '--heap-growing-percent=50', '--max-semi-space-size=8'];
