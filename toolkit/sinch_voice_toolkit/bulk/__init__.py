"""Any number of numbers, with bounded concurrency and a report that accounts for each."""
