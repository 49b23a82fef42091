print {turn 0}
