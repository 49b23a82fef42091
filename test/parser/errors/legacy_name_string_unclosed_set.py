x = {urn "fine"
