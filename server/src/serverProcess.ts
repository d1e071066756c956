// How the server's Node process is started: by the extension, and by the tests and the benchmark,
// which start it as the extension does.

/**
 * V8's young generation in 8 MB semi-spaces instead of 16 MB: parsing and linking make short-lived
 * strings by the million, and each semi-space grows to its limit before a scavenge. Measured on
 * 2 cores: the peak memory of a 4M-line large file 35 MB lower and of a 250k-line document 12 MB
 * lower, in the same time (4 MB and less cost 10% more time for the large file).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];
