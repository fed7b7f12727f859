echo tool 1.1
