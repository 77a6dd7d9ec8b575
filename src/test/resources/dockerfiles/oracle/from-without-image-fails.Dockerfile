FROM
CMD ["x"]
