elephant_count = 10
print(elephant_count)
del elephant_count
print(elephant_count)
