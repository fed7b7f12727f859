echo tool 1.0
