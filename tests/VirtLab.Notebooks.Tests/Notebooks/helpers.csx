// Loaded by load.ipynb with #load "helpers.csx".
int Twice(int value) => value * 2;
