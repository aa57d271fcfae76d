"""设置: the organisation, users, backups and holiday arrangements, one tab each."""
