raise
raise E
raise E('msg')
raise E from None
raise E() from exc
