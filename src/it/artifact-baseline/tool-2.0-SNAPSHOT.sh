echo tool 2.0-SNAPSHOT
