visible = 1
_hidden = 2
also_visible = 3
